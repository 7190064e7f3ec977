const t0 = performance.now();
for (const m of process.argv.slice(2)) { const a = performance.now(); await import(m); console.log(m.padEnd(50), (performance.now() - a).toFixed(1)); }
console.log('total'.padEnd(50), (performance.now() - t0).toFixed(1), 'boot', t0.toFixed(0));
