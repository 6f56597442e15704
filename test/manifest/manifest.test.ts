/** @jest-environment jsdom */
/**
 * Offline manifest check (`npm run validate` needs the internet): well-formed XML, elements in the
 * schema's order, every resid defined, every URL https on one origin, every icon file present.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const text = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(text, 'application/xml');
const all = (tag: string): Element[] => [...doc.getElementsByTagName('*')].filter((e) => e.localName === tag);
const kids = (e: Element): string[] => [...e.children].map((c) => c.localName);

/** Order of child elements in the OfficeApp XSD (TaskPaneApp) and VersionOverrides 1.0. */
const ORDER: Record<string, string[]> = {
  OfficeApp: ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'AllowSnapshot', 'VersionOverrides'],
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'VersionOverrides'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  Group: ['Label', 'Icon', 'Control'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  Resources: ['Images', 'Urls', 'ShortStrings', 'LongStrings'],
  Action: ['FunctionName', 'TaskpaneId', 'SourceLocation', 'Title', 'SupportsPinning'],
};

function inOrder(children: string[], order: string[]): boolean {
  let last = -1;
  for (const c of children) {
    const i = order.indexOf(c);
    if (i < 0 || i < last) return false;
    last = i;
  }
  return true;
}

describe('manifest.xml (offline check)', () => {
  test('is well-formed XML with OfficeApp TaskPaneApp as root', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('OfficeApp');
    expect(doc.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
  });

  test('a malformed manifest would be caught', () => {
    const bad = new DOMParser().parseFromString(text.replace('</Hosts>', ''), 'application/xml');
    expect(bad.getElementsByTagName('parsererror').length).toBeGreaterThan(0);
  });

  test('elements are in schema order', () => {
    for (const [tag, order] of Object.entries(ORDER)) {
      const elements = all(tag);
      expect(elements.length).toBeGreaterThan(0);
      for (const e of elements) expect({ tag, children: kids(e), ok: inOrder(kids(e), order) }).toEqual({ tag, children: kids(e), ok: true });
    }
  });

  test('Excel workbook host, read/write document, ExcelApi requirement, Home tab group with the four buttons', () => {
    expect(all('Host').map((h) => h.getAttribute('Name') ?? h.getAttribute('xsi:type'))).toEqual(['Workbook', 'Workbook']);
    expect(all('Permissions')[0]?.textContent).toBe('ReadWriteDocument');
    const set = all('Set')[0];
    expect(set?.getAttribute('Name')).toBe('ExcelApi');
    // 1.9 declared; members of 1.13 are guarded with isSetSupported (docs/addin.md, requirement sets).
    expect(set?.getAttribute('MinVersion')).toBe('1.9');
    expect(all('OfficeTab')[0]?.getAttribute('id')).toBe('TabHome');
    const strings = new Map(all('String').map((s) => [s.getAttribute('id'), s.getAttribute('DefaultValue')]));
    const controls = all('Control').map((c) => {
      const label = [...c.children].find((x) => x.localName === 'Label')?.getAttribute('resid');
      const action = all('Action').find((a) => a.parentElement === c);
      return [strings.get(label ?? ''), action?.getAttribute('xsi:type'), action?.firstElementChild?.textContent];
    });
    expect(controls).toEqual([
      ['生成专报', 'ExecuteFunction', 'buildBulletin'],
      ['标记滞后', 'ExecuteFunction', 'markLagging'],
      ['清除标记', 'ExecuteFunction', 'clearMarks'],
      ['打开专报助手', 'ShowTaskpane', 'Zhuanbao.Taskpane'],
    ]);
    expect(strings.get(all('Group')[0]?.firstElementChild?.getAttribute('resid') ?? '')).toBe('专报');
    // The command functions named in the manifest are the ones commands.ts registers.
    const commands = fs.readFileSync(path.join(ROOT, 'src/commands/commands.ts'), 'utf8');
    for (const fn of ['buildBulletin', 'markLagging', 'clearMarks']) expect(commands).toContain(`Office.actions.associate('${fn}'`);
  });

  test('every resid is defined once in Resources', () => {
    const defined = all('Resources')[0]!.querySelectorAll('[id]');
    const ids = [...defined].map((e) => e.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
    const used = [...doc.querySelectorAll('[resid]')].map((e) => e.getAttribute('resid'));
    expect(used.length).toBeGreaterThan(10);
    for (const r of used) expect(ids).toContain(r);
  });

  test('every URL is https on one origin, and every icon file exists', () => {
    const urls = [...doc.querySelectorAll('[DefaultValue]')].map((e) => e.getAttribute('DefaultValue') ?? '').filter((v) => /^\w+:\/\//.test(v));
    urls.push(...all('AppDomain').map((e) => e.textContent ?? ''));
    expect(urls.length).toBeGreaterThan(8);
    const origins = new Set(urls.map((u) => new URL(u).origin));
    expect([...origins]).toEqual(['https://localhost:3000']);
    for (const u of urls) expect(new URL(u).protocol).toBe('https:');
    const icons = urls.filter((u) => /\.png$/.test(u));
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const u of icons) expect(fs.existsSync(path.join(ROOT, new URL(u).pathname))).toBe(true);
    for (const size of [16, 32, 80]) expect(icons.some((u) => u.endsWith(`icon-${size}.png`))).toBe(true);
    // PNG signature and the stated size.
    for (const size of [16, 32, 64, 80]) {
      const png = fs.readFileSync(path.join(ROOT, `assets/icon-${size}.png`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  test('the pages the manifest points to are built from sources that exist', () => {
    for (const f of ['src/taskpane/taskpane.html', 'src/commands/commands.html', 'src/taskpane/help.html']) expect(fs.existsSync(path.join(ROOT, f))).toBe(true);
  });
});
