// "server-only" throws unless bundled for React Server Components; tests import server code directly.
export {};
