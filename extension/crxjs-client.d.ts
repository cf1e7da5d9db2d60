// `?script` imports (content scripts registered at run time); see content-script-registration.ts.
/// <reference types="@crxjs/vite-plugin/client" />
