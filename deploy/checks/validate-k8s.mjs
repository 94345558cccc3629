// Validates rendered Kubernetes objects against the Kubernetes OpenAPI schemas bundled in the npm package
// kubernetes-models (offline; no cluster needed). Input: a JSON array of objects on stdin. Called by deploy/check.sh
// from a directory where kubernetes-models is installed.
import { readFileSync } from "node:fs";

const objects = JSON.parse(readFileSync(0, "utf8"));
let failed = 0;
for (const obj of objects) {
  const [group, version] = obj.apiVersion.includes("/") ? obj.apiVersion.split("/") : [null, obj.apiVersion];
  const module = group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`;
  const what = `${obj.kind}/${obj.metadata.name}`;
  try {
    const models = await import(module);
    const Model = models[obj.kind];
    if (!Model) throw new Error(`no schema for ${obj.apiVersion} ${obj.kind}`);
    new Model(obj).validate();
    console.log(`  ok    ${what} matches the ${obj.apiVersion} schema`);
  } catch (e) {
    failed++;
    console.log(`  FAIL  ${what}: ${String(e.message || e).split("\n").slice(0, 6).join(" ")}`);
  }
}
console.log(`${objects.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
