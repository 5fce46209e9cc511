-- wrk script for the GET scenarios of bench/server-bench.sh.
-- Sends "Authorization: Bearer $COURTYARD_BENCH_TOKEN" when that variable is set
-- (the no-change and first-page sync pulls); the health route goes without it.
local token = os.getenv("COURTYARD_BENCH_TOKEN")
if token ~= nil and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end
wrk.headers["Accept"] = "application/json"
