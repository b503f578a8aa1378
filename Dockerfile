# One image, three processes: `docker compose` picks the app with APP (owner-api, customer-api,
# worker) and the migrate job runs the same image's migrate.js before them.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund \
 && for app in owner-api customer-api worker migrate; do node tools/build/bundle-app.mjs "$app"; done \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
ENV APP=owner-api
CMD ["sh", "-c", "exec node dist/apps/$APP/main.js"]
