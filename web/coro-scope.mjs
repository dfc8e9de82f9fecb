// coro-scope.mjs - the public entry of the <coro-scope> element: importing
// it defines the element (web/coro-scope/element.mjs).  It sits at the top
// of web/ so that, bundled, its code and the files it locates with
// import.meta.url (the worker, the engine's wasm) stay side by side.
//   <script type="module" src="coro-scope.mjs"></script>
export { CoroScope } from './coro-scope/element.mjs';
