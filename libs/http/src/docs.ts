import express, { Router } from 'express';
import { getAbsoluteFSPath } from 'swagger-ui-dist';

// Served from the installed package, never a CDN: the docs work offline and under a strict CSP.
const INITIALIZER = `window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: '/api/v1/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
  });
};
`;

/** GET /api/v1/openapi.json and the human docs at /docs. */
export function docsRoutes(openApiDocument: object): Router {
  const router = Router();
  router.get('/api/v1/openapi.json', (_req, res) => {
    res.json(openApiDocument);
  });
  router.get('/docs/swagger-initializer.js', (_req, res) => {
    res.type('application/javascript').send(INITIALIZER);
  });
  router.use('/docs', express.static(getAbsoluteFSPath(), { index: 'index.html', maxAge: '1h' }));
  return router;
}
