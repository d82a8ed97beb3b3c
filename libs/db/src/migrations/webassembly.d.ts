// The part of the WebAssembly JavaScript API the schema engine loader uses. Node provides
// it globally; TypeScript declares it only in the DOM library, which server code leaves out.
declare namespace WebAssembly {
  interface Instance {
    readonly exports: Record<string, unknown>;
  }
  function instantiate(bytes: Uint8Array, imports: Record<string, unknown>): Promise<{ instance: Instance }>;
}
