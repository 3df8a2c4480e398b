/**
 * The Content-Security-Policy of every Qalam page: only our own scripts, no inline script, no eval, no remote
 * anything. Monaco needs inline styles and blob workers; nothing else is allowed.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
