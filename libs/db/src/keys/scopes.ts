/** What an API key may do. `write` includes `read`; `admin` includes both. */
export const API_SCOPES = ['read', 'write', 'admin'] as const;

export type ApiScope = (typeof API_SCOPES)[number];

const IMPLIED: Record<ApiScope, readonly ApiScope[]> = {
  read: ['read'],
  write: ['read', 'write'],
  admin: ['read', 'write', 'admin'],
};

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

/** Every scope the given ones grant, in the order of `API_SCOPES`. */
export function grantedScopes(scopes: readonly ApiScope[]): ApiScope[] {
  const granted = new Set(scopes.flatMap((scope) => IMPLIED[scope]));
  return API_SCOPES.filter((scope) => granted.has(scope));
}
