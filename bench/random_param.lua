-- wrk script: every request carries a fresh random query parameter (?x=<random>), the way a
-- crawler, a link-shortener or someone loading the site on purpose would vary the URL.
-- Usage: wrk -t2 -c16 -d10s --latency -s bench/random_param.lua http://127.0.0.1:8xxx/t/1/slug/
math.randomseed(os.time())
local counter = 0

request = function()
    counter = counter + 1
    local path = wrk.path
    local sep = string.find(path, "?", 1, true) and "&" or "?"
    return wrk.format(nil, path .. sep .. "x=" .. math.random(1, 1000000000) .. "-" .. counter)
end
