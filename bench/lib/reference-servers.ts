import type { RunningProcess } from '@agency/test-support/processes'
import fs from 'node:fs'
import path from 'node:path'
import { freePort } from '@agency/test-support/ports'
import { startServer } from '@agency/test-support/processes'
import { NGINX } from './system-tools'

/** nginx serving one HTML file (sendfile, keep-alive), with one worker as the site runs one process. */
export async function startNginx(html: string, workDir: string): Promise<RunningProcess> {
  const dir = fs.mkdtempSync(path.join(workDir, 'nginx-'))
  const port = await freePort()
  fs.writeFileSync(path.join(dir, 'page.html'), html)
  // nginx's workers drop root's rights and must still read the page.
  for (const readable of [workDir, dir])
    fs.chmodSync(readable, 0o755)
  fs.chmodSync(path.join(dir, 'page.html'), 0o644)
  fs.writeFileSync(path.join(dir, 'nginx.conf'), `
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:${port};
    root ${dir};
    location / {
      default_type text/html;
      try_files /page.html =404;
    }
  }
}
`)
  const nginx = await startServer('nginx', NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { cwd: dir, port, env: {}, readyPath: '/' })
  const served = await fetch(nginx.url).then(response => response.text())
  if (served !== html) {
    await nginx.stop()
    throw new Error(`nginx does not serve the page (see ${dir}/error.log)`)
  }
  return nginx
}

/** A bare Node.js server answering with these bytes: what the CMS's REST API is compared with. */
export async function startStaticNodeServer(body: string, contentType: string, workDir: string): Promise<RunningProcess> {
  const file = path.join(fs.mkdtempSync(path.join(workDir, 'static-')), 'body')
  fs.writeFileSync(file, body)
  const port = await freePort()
  return startServer('bare Node.js server', process.execPath, [path.join(import.meta.dirname, 'static-server.mjs'), file, contentType, String(port)], {
    cwd: workDir,
    port,
    env: {},
    readyPath: '/',
  })
}
