import { readConfig } from './config';

describe('readConfig', () => {
  it('listens on 127.0.0.1 with public reads and no CORS origins unless told otherwise', () => {
    expect(readConfig({})).toEqual(expect.objectContaining({ host: '127.0.0.1', port: 4000, publicRead: true, corsOrigins: [] }));
  });

  it('reads HOST, PARLEY_PUBLIC_READ and PARLEY_CORS_ORIGINS', () => {
    const config = readConfig({ HOST: '0.0.0.0', PARLEY_PUBLIC_READ: 'FALSE', PARLEY_CORS_ORIGINS: 'https://parley.example, http://localhost:4200/' });
    expect(config).toEqual(expect.objectContaining({ host: '0.0.0.0', publicRead: false, corsOrigins: ['https://parley.example', 'http://localhost:4200'] }));
  });

  it.each([
    [{ PARLEY_PUBLIC_READ: 'no' }, 'PARLEY_PUBLIC_READ "no" must be true or false.'],
    [{ PARLEY_CORS_ORIGINS: '*' }, 'PARLEY_CORS_ORIGINS: "*" is not an origin like https://example.org or http://localhost:3000 (scheme, host and port only).'],
    [{ PARLEY_CORS_ORIGINS: 'https://parley.example/app' }, 'PARLEY_CORS_ORIGINS: "https://parley.example/app" is not an origin like https://example.org or http://localhost:3000 (scheme, host and port only).'],
    [{ PARLEY_CORS_ORIGINS: 'ftp://parley.example' }, 'PARLEY_CORS_ORIGINS: "ftp://parley.example" is not an origin like https://example.org or http://localhost:3000 (scheme, host and port only).'],
    [{ PORT: 'http' }, 'PORT "http" is not a port number (0-65535).'],
  ])('stops on %j with a message naming the setting', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });
});
