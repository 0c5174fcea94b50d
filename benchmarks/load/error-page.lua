-- wrk script: the page of a code (/errors/{code}), cycling through the first 200 ngrok codes by number order.
local paths = {}
request = function()
  if #paths == 0 then
    for n in io.lines(os.getenv("ERRDEX_BENCH_CODES") or "codes.txt") do
      paths[#paths + 1] = "/errors/" .. n
    end
  end
  local p = paths[math.random(#paths)]
  return wrk.format("GET", p)
end
