export * from "@hub/gateway/synthetic";
