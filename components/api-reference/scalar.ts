// Scalar with its stylesheet and our contrast fixes, in one module that only the viewer loads
// (dynamically): since 0.9 the package no longer imports its own CSS, and importing it here keeps
// it off every other page.
import "@scalar/api-reference-react/style.css";
import "./scalar-theme.css";

export { ApiReferenceReact } from "@scalar/api-reference-react";
