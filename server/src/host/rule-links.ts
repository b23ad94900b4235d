/**
 * Where each rule's page is published: the repository's docs/rules/<id>.md (the same pages also travel
 * in the .vsix and the npm package). Diagnostics link there (codeDescription.href) and so does SARIF.
 * test/unit/package-manifest.test.ts holds this to package.json's repository.
 */
export const PROJECT_URL = 'https://github.com/inspection-letters/inspection-letter-checker';

export function ruleDocUrl(ruleId: string): string {
  return `${PROJECT_URL}/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`;
}
