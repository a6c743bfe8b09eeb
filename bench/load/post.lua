-- POSTs one JSON body over and over (or GETs the URL, when BODY_FILE is -) and counts the answers
-- that are not the expected status, because wrk itself only separates 2xx/3xx from the rest and
-- the 422 path is all "the rest".
-- Usage: wrk ... -s post.lua URL -- BODY_FILE|- EXPECTED_STATUS API_KEY|-   (a key of - sends none)
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    if args[1] ~= "-" then
        local file = assert(io.open(args[1], "rb"))
        wrk.method = "POST"
        wrk.body = file:read("*a")
        file:close()
        wrk.headers["Content-Type"] = "application/json"
    end
    if args[3] ~= "-" then
        wrk.headers["Authorization"] = "Bearer " .. args[3]
    end
    expected_status = tonumber(args[2])
    expected = 0
    unexpected = 0
    first_unexpected = ""
end

function response(status, headers, body)
    if status == expected_status then
        expected = expected + 1
    else
        unexpected = unexpected + 1
        if first_unexpected == "" then
            first_unexpected = status .. " " .. body
        end
    end
end

-- One machine-readable line for run.sh; wrk's own report stays above it for a human.
function done(summary, latency, requests)
    local ok, bad, sample = 0, 0, ""
    for _, thread in ipairs(threads) do
        ok = ok + thread:get("expected")
        bad = bad + thread:get("unexpected")
        if sample == "" then sample = thread:get("first_unexpected") end
    end
    local errors = summary.errors
    io.write(string.format(
        "RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.2f p99_ms=%.2f expected=%d unexpected=%d socket_errors=%d\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, ok, bad,
        errors.connect + errors.read + errors.write + errors.timeout))
    if sample ~= "" then
        io.write("FIRST-UNEXPECTED " .. string.sub(sample, 1, 300):gsub("\n", " ") .. "\n")
    end
end
