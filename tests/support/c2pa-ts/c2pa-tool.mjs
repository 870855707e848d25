// The tests' independent C2PA implementation: @trustnxt/c2pa-ts (pure TypeScript).
//   node c2pa-tool.mjs read FILE                 prints what the library reads and validates, as JSON
//   node c2pa-tool.mjs sign IN OUT KEY CHAIN     signs IN with a c2pa.created manifest, writes OUT
// NODE_PATH is not used by ES modules, so the caller passes the install folder in C2PA_TS_DIR.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { webcrypto } from 'node:crypto';

if (!globalThis.crypto) globalThis.crypto = webcrypto; // Node 18 keeps WebCrypto behind a flag

const root = process.env.C2PA_TS_DIR;
const lib = (sub) => import(pathToFileURL(path.join(root, 'node_modules/@trustnxt/c2pa-ts/dist', sub, 'index.js')).href);
const { BMFF } = await lib('asset');
const { SuperBox } = await lib('jumbf');
const m = await lib('manifest');
const cose = await lib('cose');
const x509 = await import(pathToFileURL(path.join(root, 'node_modules/@peculiar/x509/build/x509.es.js')).href);

// The library reads HEIF brands only; an MP4 is the same box structure.
for (const brand of ['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'qt  ']) BMFF.canReadBrands.add(brand);

function hex(bytes) {
  return Buffer.from(bytes ?? []).toString('hex');
}

async function read(file) {
  const asset = new BMFF(await fs.readFile(file));
  const jumbf = asset.getManifestJUMBF();
  if (!jumbf) return { found: false };
  const store = m.ManifestStore.read(SuperBox.fromBuffer(jumbf));
  const result = await store.validate(asset);
  const active = store.getActiveManifest();
  const assertions = active.assertions.assertions;
  const actions = [];
  for (const a of assertions.filter((a) => a instanceof m.ActionAssertion))
    for (const act of a.actions)
      actions.push({
        action: act.action,
        digitalSourceType: act.digitalSourceType,
        softwareAgent: act.softwareAgent?.name,
        ingredients: (act.parameters?.ingredients ?? []).map((i) => i.uri),
        parameters: Object.fromEntries(Object.entries(act.parameters ?? {}).filter(([k]) => k !== 'ingredients')),
      });
  const ingredients = [];
  for (const ing of assertions.filter((a) => a instanceof m.IngredientAssertion)) {
    const entry = { title: ing.title, relationship: ing.relationship, activeManifest: ing.activeManifest?.uri };
    if (ing.activeManifest) {
      const label = ing.activeManifest.uri.split('/')[2];
      const ingredientManifest = store.getManifestByLabel(label);
      entry.manifestFound = !!ingredientManifest;
      if (ingredientManifest) {
        const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', ingredientManifest.sourceBox.rawContent));
        entry.manifestHashMatches = hex(digest) === hex(ing.activeManifest.hash);
        entry.manifestGenerator = ingredientManifest.claim.claimGeneratorName;
      }
    }
    ingredients.push(entry);
  }
  return {
    found: true,
    valid: result.isValid,
    errors: result.statusEntries.filter((e) => !e.success).map((e) => `${e.code} ${e.url ?? ''} ${e.explanation ?? ''}`),
    codes: result.statusEntries.map((e) => e.code),
    manifests: store.manifests.length,
    claimVersion: active.claim.version,
    claimGenerator: active.claim.claimGeneratorName,
    claimGeneratorVersion: active.claim.claimGeneratorVersion,
    signer: active.signature?.signatureData?.certificate?.subject,
    actions,
    ingredients,
  };
}

async function sign(input, output, keyFile, chainFile) {
  const pemBlocks = (text, kind) =>
    [...text.matchAll(new RegExp(`-----BEGIN ${kind}-----([^-]+)-----END ${kind}-----`, 'g'))].map((b) =>
      Buffer.from(b[1].replace(/\s+/g, ''), 'base64'),
    );
  const [key] = pemBlocks(await fs.readFile(keyFile, 'utf8'), 'PRIVATE KEY');
  const certs = pemBlocks(await fs.readFile(chainFile, 'utf8'), 'CERTIFICATE').map((der) => new x509.X509Certificate(der));
  const signer = new cose.LocalSigner(new Uint8Array(key), cose.CoseAlgorithmIdentifier.ES256, certs[0], certs.slice(1));
  const asset = new BMFF(await fs.readFile(input));
  const store = new m.ManifestStore();
  const manifest = store.createManifest({
    assetFormat: 'video/mp4',
    instanceID: 'xmp:iid:' + globalThis.crypto.randomUUID(),
    defaultHashAlgorithm: 'SHA-256',
    signer,
    claimVersion: m.ClaimVersion.V2,
  });
  manifest.claim.claimGeneratorName = 'c2pa-ts test signer';
  manifest.claim.claimGeneratorVersion = '0.9.4';
  const hash = m.BMFFHashAssertion.create('jumbf manifest', 'SHA-256', 3);
  manifest.addAssertion(hash);
  const actions = new m.ActionAssertion();
  actions.actions.push({
    action: 'c2pa.created',
    digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia',
    softwareAgent: { name: 'Independent Model', version: '7' },
  });
  manifest.addAssertion(actions);
  await asset.ensureManifestSpace(store.measureSize());
  await hash.updateWithAsset(asset);
  await manifest.sign(signer);
  await asset.writeManifestJUMBF(store.getBytes());
  await fs.writeFile(output, await asset.getDataRange());
  return { signed: true };
}

const [command, ...args] = process.argv.slice(2);
try {
  const out = command === 'read' ? await read(args[0]) : command === 'sign' ? await sign(...args) : { error: 'unknown command' };
  process.stdout.write(JSON.stringify(out, null, 1) + '\n');
} catch (e) {
  process.stdout.write(JSON.stringify({ error: String(e?.stack ?? e) }) + '\n');
  process.exitCode = 2;
}
