// Generates a valid story with N events, for the benchmark: six lanes, events spread over two
// years with bursts (as real news has), every event with a source, some with a time of day.
//   node bench/generate.mjs N > story.json
const n = Number(process.argv[2] ?? 1000);
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pad = (x) => String(x).padStart(2, "0");
const lanes = ["law", "availability", "influx", "response", "texts", "afterwards"].map((id) => ({
  id,
  label: `Lane ${id}`,
  description: `Generated lane ${id}.`,
}));
const start = Date.UTC(2024, 0, 1);
const span = 730 * 86400e3;
// Bursts: a third of the events fall in a few busy weeks.
const bursts = [0.1, 0.45, 0.5, 0.8].map((f) => start + f * span);
const events = [];
for (let i = 0; i < n; i++) {
  const t = random() < 0.33 ? bursts[i % bursts.length] + random() * 7 * 86400e3 : start + random() * span;
  const d = new Date(t);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const event = {
    id: `event-${i}`,
    lane: lanes[i % lanes.length].id,
    date,
    precision: "day",
    headline: `Generated event number ${i} of ${n}`,
    summary: `A generated event used to measure how the timeline copes with ${n} events.`,
    sources: [{ outlet: "Generator", title: `Record ${i}`, date, url: `https://example.org/record/${i}` }],
    confidence: ["confirmed", "single-source", "confirmed"][i % 3],
  };
  if (i % 7 === 0) event.time = { at: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`, zone: "America/New_York" };
  events.push(event);
}
const story = {
  meta: { title: `Benchmark story with ${n} events`, subtitle: "Generated", language: "en", updated: "2026-11-22", credits: "Generated for the benchmark." },
  lanes,
  eras: [{ id: "busy", label: "A busy week", start: date(bursts[1]), end: date(bursts[1] + 6 * 86400e3) }],
  events,
};
function date(t) {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
process.stdout.write(JSON.stringify(story));
