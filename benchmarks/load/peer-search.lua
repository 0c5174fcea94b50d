-- wrk script for peer-ratios.sh: OP=search or OP=match over the texts of peer-texts.txt (one a line), in turn, as
-- GraphQL POSTs; with PEER=1 the same answers from the plain REST peer instead (GET /lookup/SEARCH_n or MATCH_n,
-- pre-rendered by peer_bodies.py from errdex's own answers to the same queries).
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
local texts = {}
for l in io.lines(here .. "peer-texts.txt") do
  if l ~= "" then texts[#texts + 1] = l end
end
local op = os.getenv("OP") or "search"
local peer = os.getenv("PEER") == "1"
local queries = {
  search = "query($t:String!){search(query:$t,first:10){code title score snippet}}",
  match = "query($t:String!){match(text:$t){explicit unknown suggestions{code confidence attach}}}",
}
local i = 0
request = function()
  i = i % #texts + 1
  if peer then
    return wrk.format("GET", "/lookup/" .. string.upper(op) .. "_" .. i)
  end
  local body = '{"query":"' .. queries[op] .. '","variables":{"t":"' .. texts[i] .. '"}}'
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" }, body)
end
