import { defineConfig } from 'vite'
import camundaIndexHtml from './build/camunda-index-html.js'

// Maven sets CHAMPA_UI_OUT_DIR to target/classes/META-INF/resources/webjars/camunda/app/champa,
// the folder Camunda's webapp serves the app from; a plain `npm run build` writes dist/.
const outDir = process.env.CHAMPA_UI_OUT_DIR || 'dist'

export default defineConfig({
  // relative base: chunks import each other relative to their own URL, wherever they are served
  base: './',
  plugins: [camundaIndexHtml()],
  build: {
    outDir,
    // the folder holds only our build: clear it so stale hashed assets do not pile up in the jar
    emptyOutDir: true,
    assetsDir: 'assets',
  },
  server: {
    // `npm run dev` against a running Champa: the API lives under the Camunda webapp path
    proxy: {
      '/camunda/champa/api': process.env.CHAMPA_DEV_BACKEND || 'http://localhost:8080',
    },
  },
})
