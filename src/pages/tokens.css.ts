import type { APIRoute } from 'astro';
import { tokensCss } from '../lib/design/tokens';

/** The design tokens as CSS custom properties, a static file so the CSP needs no inline style. */
export const GET: APIRoute = () => new Response(tokensCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
