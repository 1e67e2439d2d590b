-- wrk's script for `make bench`: gives each POST a new address, and each GET whose path holds
-- "{n}" a new path, and prints the summary as one line of JSON for bench/load.py to read.
-- Arguments after `--`: the method, then for a POST the form body and the Cookie header, for a
-- GET the path; "{n}" in them becomes a number no other request of the run uses.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_id", #threads)
  thread:set("sent", 0)
end

function init(args)
  if args[1] == "POST" then
    local body_template = args[2]
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
    wrk.headers["Cookie"] = args[3]
    request = function()
      sent = sent + 1
      local body = body_template:gsub("{n}", thread_id .. "-" .. sent)
      return wrk.format(nil, nil, nil, body)
    end
  elseif args[2] then
    local path_template = args[2]
    request = function()
      sent = sent + 1
      local path = path_template:gsub("{n}", thread_id .. "-" .. sent)
      return wrk.format(nil, path)
    end
  end
end

function done(summary, latency, requests)
  local sent = 0
  for _, thread in ipairs(threads) do
    sent = sent + thread:get("sent")
  end
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "microseconds": %d, "p50_us": %d, "p99_us": %d, "mean_us": %f, '
      .. '"bad_status": %d, "socket_errors": %d, "sent": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    latency.mean, errors.status, errors.connect + errors.read + errors.write + errors.timeout,
    sent
  ))
end
