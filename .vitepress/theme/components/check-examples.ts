/** Responses to try the checker with, each showing a few findings. */
export const CHECK_EXAMPLES: { id: string; label: string; text: string }[] = [
  {
    id: 'unauthorized',
    label: '401 without a challenge',
    text: 'GET /api/orders HTTP/1.1\nHost: api.example.com\n\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json\nContent-Length: 25\n\n{"error":"token expired"}\n',
  },
  {
    id: 'redirects',
    label: 'curl -i -L through redirects',
    text: 'HTTP/1.1 301 Moved Permanently\nDate: Tue, 10 Jun 2025 09:00:00 GMT\nLocation: https://www.example.com/docs/\nContent-Length: 0\n\nHTTP/2 302\nlocation: /docs/start here\ndate: Tue, 10 Jun 2025 09:00:00 GMT\n\nHTTP/2 200\ncontent-type: text/html; charset=utf-8\nset-cookie: session=abc123; Path=/; HttpOnly\ncache-control: public, max-age=600\ndate: Tue, 10 Jun 2025 09:00:00 GMT\n',
  },
  {
    id: 'not-modified',
    label: '304 with content',
    text: 'GET /logo.png HTTP/1.1\nHost: www.example.com\n\nHTTP/1.1 304 Not Modified\nDate: Tue, 10 Jun 2025 09:00:00 GMT\nETag: "v7"\nContent-Type: image/png\n\n\u0089PNG...\n',
  },
  {
    id: 'rate-limit',
    label: '429 made cacheable',
    text: 'HTTP/1.1 429 Too Many Requests\nDate: Tue, 10 Jun 2025 09:00:00 GMT\nContent-Type: application/json\nCache-Control: max-age=3600\nRetry-After: in a minute\n\n{"error":"slow down"}\n',
  },
]
