// A bare Node.js HTTP server that answers every request with one file's bytes: the floor any
// framework's figures are compared with.  node static-server.mjs <file> <content type> <port>
import fs from 'node:fs'
import http from 'node:http'
import process from 'node:process'

const [file, contentType, port] = process.argv.slice(2)
const body = fs.readFileSync(file)

http.createServer((request, response) => {
  response.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.length })
  response.end(body)
}).listen(Number(port), '127.0.0.1')
