-- Asks for the article list with a filter no earlier request used, so that no cache can answer, and
-- prints wrk's summary as one JSON line (answers other than 2xx/3xx, here 429s, are badStatuses).
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format('GET', '/api/articles?filters[slug][$eq]=load-' .. counter .. '-' .. math.random(1e9))
end

done = function(summary, latency, requests)
  io.write(string.format(
    '{"requests":%d,"seconds":%.6f,"badStatuses":%d,"p50Ms":%.3f,"p95Ms":%.3f}\n',
    summary.requests, summary.duration / 1e6, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
