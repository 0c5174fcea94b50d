-- wrk script for peer-ratios.sh: GET PREFIX..code for every code of CODES (one a line), in turn; HEADER
-- ("Name: value", e.g. "Accept-Encoding: gzip") is sent with each request when set.
local codes = {}
for l in io.lines(os.getenv("CODES")) do codes[#codes + 1] = l end
local prefix = os.getenv("PREFIX") or "/errors/"
local header = os.getenv("HEADER")
local headers = {}
if header then
  local name, value = header:match("^([^:]+):%s*(.*)$")
  headers[name] = value
end
local i = 0
request = function()
  i = i % #codes + 1
  return wrk.format("GET", prefix .. codes[i], headers)
end
