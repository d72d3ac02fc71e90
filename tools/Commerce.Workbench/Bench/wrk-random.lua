-- GETs WRK_PATH with a value from the file WRK_VALUES put in its %s, a random one each time; prints one RESULT line.
local values = {}
for line in io.lines(os.getenv("WRK_VALUES")) do values[#values + 1] = line end
local path = os.getenv("WRK_PATH")
-- WRK_BEARER, when set, is sent as the bearer token of every request (a route that needs a role).
local bearer = os.getenv("WRK_BEARER")
if bearer and bearer ~= "" then wrk.headers["Authorization"] = "Bearer " .. bearer end

function setup(thread) thread:set("seed", math.random(1, 1000000)) end
function init() math.randomseed(seed) end
function request() return wrk.format("GET", string.format(path, values[math.random(#values)])) end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d %d %d\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
