-- wrk script: the GraphQL errorCode lookup, cycling through common codes in several spellings.
local codes = { "ERR_NGROK_8012", "err-ngrok-3200", "108", "ERR_NGROK_3004", "Err_Ngrok_0120", "ERR_NGROK_6022",
  "ERR_NGROK_4100", "err ngrok 1205", "ERR_NGROK_3208", "6024", "ERR_NGROK_334", "ERR_NGROK_15003" }
local query = "query($c:String!){errorCode(code:$c){code title message category status fixGuide{summary causes steps} related{code title}}}"
local i = 0
request = function()
  i = i + 1
  local body = '{"query":"' .. query .. '","variables":{"c":"' .. codes[(i % #codes) + 1] .. '"}}'
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
