import { describe, expect, it } from "vitest";
import { readWithinLimit } from "./read-within-limit.ts";

function streamOf(chunks: number[], counter = { pulls: 0, cancelled: false }): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream(
    {
      pull(controller) {
        counter.pulls++;
        if (i < chunks.length) controller.enqueue(new Uint8Array(chunks[i++]!).fill(1));
        else controller.close();
      },
      cancel() {
        counter.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
}

describe("readWithinLimit", () => {
  it("reads a body within the limit whole", async () => {
    const result = await readWithinLimit(streamOf([3, 4, 5]), 12);
    expect(result.ok && result.bytes.length).toBe(12);
    expect(await readWithinLimit(null, 10)).toEqual({ ok: true, bytes: new Uint8Array() });
  });

  it("reads a body a little past the limit to its end, keeping none of it", async () => {
    const counter = { pulls: 0, cancelled: false };
    const result = await readWithinLimit(streamOf([1000, 1000, 1000], counter), 1500, { drainUpTo: 5000 });
    expect(result).toEqual({ ok: false, error: "too-large", drained: true });
    expect(counter.cancelled).toBe(false);
  });

  it("stops reading, and cuts, a body far past the limit", async () => {
    const counter = { pulls: 0, cancelled: false };
    const chunks = Array.from({ length: 100 }, () => 1000);
    const result = await readWithinLimit(streamOf(chunks, counter), 1500, { drainUpTo: 3000 });
    expect(result).toEqual({ ok: false, error: "too-large", drained: false });
    expect(counter.pulls).toBeLessThanOrEqual(4);
    expect(counter.cancelled).toBe(true);
  });
});
