import express, { Router } from 'express';
import helmet from 'helmet';
import { getAbsoluteFSPath } from 'swagger-ui-dist';

// Served from the installed package, never a CDN: the docs work offline and under a strict CSP.
const INITIALIZER = `window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: '/api/v1/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
    validatorUrl: null,
  });
};
`;

/**
 * The docs page's own policy: helmet's defaults (scripts, styles and images from this origin
 * only) minus `upgrade-insecure-requests`, which made a browser fetch the page's assets over
 * https whenever the API was reached over plain http by an address other than localhost (a LAN
 * IP, a container host name), leaving a blank page. TLS belongs to the proxy in front, which
 * may send its own policy.
 */
const docsPolicy = helmet.contentSecurityPolicy({ useDefaults: true, directives: { upgradeInsecureRequests: null } });

/** GET /api/v1/openapi.json and the human docs at /docs. */
export function docsRoutes(openApiDocument: object): Router {
  const router = Router();
  router.use('/docs', docsPolicy);
  router.get('/api/v1/openapi.json', (_req, res) => {
    res.json(openApiDocument);
  });
  router.get('/docs/swagger-initializer.js', (_req, res) => {
    res.type('application/javascript').send(INITIALIZER);
  });
  router.use('/docs', express.static(getAbsoluteFSPath(), { index: 'index.html', maxAge: '1h' }));
  return router;
}
