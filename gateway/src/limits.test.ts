import { describe, expect, it } from "vitest";
import { largeRequestLane } from "./limits.js";

describe("the lane for large requests", () => {
  it("runs as many as it may, queues the next in order, refuses past the queue and a second from one caller; a release passes the slot on", async () => {
    const lane = largeRequestLane(1, 1);
    const releaseA = await lane.enter("a");
    let bIn = false;
    const b = lane.enter("b").then((release) => ((bIn = true), release));
    await expect(lane.enter("c")).rejects.toMatchObject({ extensions: { code: "RATE_LIMITED" }, message: expect.stringMatching(/busy/) });
    await expect(lane.enter("a")).rejects.toMatchObject({ message: expect.stringMatching(/one at a time per caller/) });
    expect(bIn).toBe(false);
    releaseA();
    releaseA(); // twice is once
    const releaseB = await b;
    expect(bIn).toBe(true);
    // the slot went to b: c still has to wait in the (now empty) queue, then gets it
    let cIn = false;
    const c = lane.enter("c").then((release) => ((cIn = true), release));
    await Promise.resolve();
    expect(cIn).toBe(false);
    releaseB();
    (await c)();
    // and the lane is free again
    (await lane.enter("a"))();
  });
});
