import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import App from "./app/App";
import { takeTokenFromUrl } from "./shared/session";

// A token handed over by the identity provider or the demo's links: kept, and out of the URL.
takeTokenFromUrl();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
