-- Prints wrk's summary as one JSON line, with the 95th percentile wrk itself does not print.
done = function(summary, latency, requests)
  local failures = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    '{"requests":%d,"seconds":%.6f,"failures":%d,"badStatuses":%d,"p50Ms":%.3f,"p95Ms":%.3f}\n',
    summary.requests, summary.duration / 1e6, failures, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
