/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_SHELL: 'electron' | 'browser';
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
