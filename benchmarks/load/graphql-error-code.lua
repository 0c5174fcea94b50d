-- wrk script: the GraphQL errorCode lookup, cycling through every ngrok code of the catalog (all-codes.txt, 1,608
-- codes; ERRDEX_BENCH_ALL_CODES names another file) in five spellings: ERR_NGROK_8012, err-ngrok-8012, 8012,
-- err ngrok 8012, Err_Ngrok_8012. The spelling turns with each request and each pass, so that every code is asked in
-- every spelling (8,040 distinct requests) and each wrk thread starts at its own place.
local query = "query($c:String!){errorCode(code:$c){code title message category status fixGuide{summary causes steps} related{code title}}}"
local spellings = {
  function(c) return c end,
  function(c) return (string.lower(c):gsub("_", "-")) end,
  function(c) return (c:gsub("^ERR_NGROK_", "")) end,
  function(c) return (string.lower(c):gsub("_", " ")) end,
  function(c) return (c:gsub("^ERR_NGROK_", "Err_Ngrok_")) end,
}
local codes = {}
local i = 0
request = function()
  if #codes == 0 then
    for line in io.lines(os.getenv("ERRDEX_BENCH_ALL_CODES") or "all-codes.txt") do
      if line ~= "" then
        codes[#codes + 1] = line
      end
    end
    i = math.random(#codes * #spellings)
  end
  i = i + 1
  local n = #codes
  local code = codes[(i % n) + 1]
  local spell = spellings[((i + math.floor(i / n)) % #spellings) + 1]
  local body = '{"query":"' .. query .. '","variables":{"c":"' .. spell(code) .. '"}}'
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" }, body)
end

-- Count answers that carry GraphQL errors, so that a broken query is not measured as a fast one, and those where a
-- spelling found no code (errorCode null), so that a lookup that finds nothing is not measured as one that does.
local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end
function init(args)
  errors = 0
  unfound = 0
  math.randomseed(os.time() * 1000 + (id or 0))
end
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    errors = errors + 1
  elseif string.find(body, '"errorCode":null', 1, true) then
    unfound = unfound + 1
  end
end
function done(summary, latency, requests)
  local n, u = 0, 0
  for _, t in ipairs(threads) do
    n = n + t:get("errors")
    u = u + t:get("unfound")
  end
  io.write(string.format("Answers with errors: %d, without a code (errorCode null): %d\n", n, u))
end
