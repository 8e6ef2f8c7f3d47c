/**
 * The package's typings declare RateLimiterStoreAbstract, the base of every store-backed limiter,
 * but its index does not export the class; it is its own module under lib/.
 */
declare module 'rate-limiter-flexible/lib/RateLimiterStoreAbstract' {
  import { RateLimiterStoreAbstract } from 'rate-limiter-flexible';
  export = RateLimiterStoreAbstract;
}
