// The phone's profile that the first paint is measured on (bench/paint.mjs) and tested on
// (specs/content-first.spec.mjs): Slow 4G (150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up)
// and the CPU slowed 4×, set through a Chromium DevTools session of the page.

/** Puts the page of `cdp` (a CDP session) on the phone's profile. */
export async function emulateSlowPhone(cdp) {
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
}
