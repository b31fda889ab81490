export * from "./legal";
export * from "./report";
export * from "./procurement-limits";
