-- wrk script: search for people, cycling through pasted messages and symptom phrases (written for this benchmark).
local queries = {
  "failed to establish a connection to the upstream web service",
  "endpoint is offline",
  "authentication failed: your authtoken is invalid",
  "too many simultaneous agent sessions",
  "ngrok page says the site was banned",
  "invalid or incomplete HTTP response from my server",
  "password must be at least 10 characters",
  "you must sign up before you can serve html",
  "custom domain certificate not issued",
  "traffic policy expression failed to compile",
  "rate limit exceeded on the api",
  "my webhook gets connection refused through ngrok"
}
local path = os.getenv("ERRDEX_BENCH_SEARCH") or "graphql"
local i = 0
request = function()
  i = i + 1
  local q = queries[(i % #queries) + 1]
  if path == "page" then
    return wrk.format("GET", "/errors/search?q=" .. q:gsub(" ", "+"):gsub(":", "%%3A"))
  end
  local body = '{"query":"query($q:String!){search(query:$q,first:10){code title score snippet}}","variables":{"q":"'
      .. q .. '"}}'
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" }, body)
end

-- Count answers that carry GraphQL errors, so that a broken query is not measured as a fast one.
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end
function init(args)
  errors = 0
end
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    errors = errors + 1
  end
end
function done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do
    n = n + t:get("errors")
  end
  io.write(string.format("Answers with errors: %d\n", n))
end
