# presspipe worker image: `docker build -t presspipe .`, then `docker run presspipe <command>`.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
# npm ci applies the pdf.js patch (postinstall) and compiles dist/ (prepare).
RUN npm ci && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=build /app /app
USER node
ENTRYPOINT ["node", "/app/bin/presspipe.js"]
