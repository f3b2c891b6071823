import net from "node:net";

/**
 * Which proxies in front of the app may tell it the client's address, protocol and host
 * (X-Forwarded-For, -Proto, -Host), in the values Express's "trust proxy" setting takes:
 * - `false` (TRUST_PROXY unset, `false` or `0`): none; the forwarded headers are ignored and the
 *   client is whoever opened the connection.
 * - a hop count (`1`, `2`): the app sits behind that many proxies; the address that many entries
 *   from the right of X-Forwarded-For is the client.
 * - a list of proxy addresses or ranges (`loopback`, `10.0.0.0/8, 192.0.2.7`, the names
 *   `loopback`, `linklocal`, `uniquelocal`): the client is the first address from the right that
 *   is not one of them.
 * Express's `true` (believe any X-Forwarded-For) is refused: the client would choose its address,
 * and the login lockout counts per address.
 */
export type TrustProxy = false | number | string[];

const namedRanges = new Set(["loopback", "linklocal", "uniquelocal"]);

function isProxyAddress(item: string): boolean {
  if (namedRanges.has(item)) return true;
  const [address = "", prefix, ...rest] = item.split("/");
  if (rest.length > 0) return false;
  const family = net.isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  // An IPv4 range may also be written with a netmask (10.0.0.0/255.0.0.0), as Express allows.
  if (family === 4 && net.isIPv4(prefix)) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Parses TRUST_PROXY; a string is the reason a value is refused. */
export function parseTrustProxy(value: string | undefined): TrustProxy | { refused: string } {
  const text = value?.trim() ?? "";
  if (text === "" || text === "false" || text === "0") return false;
  if (text === "true") {
    return {
      refused:
        "true would believe any client's X-Forwarded-For; give the number of proxies (1) or their addresses",
    };
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 10 ? hops : { refused: "a hop count above 10 is surely a mistake" };
  }
  const items = text.split(",").map((item) => item.trim());
  const bad = items.find((item) => !isProxyAddress(item));
  if (bad !== undefined) {
    return {
      refused: `"${bad}" is not a proxy address, a range (10.0.0.0/8) or one of loopback, linklocal, uniquelocal`,
    };
  }
  return items;
}
