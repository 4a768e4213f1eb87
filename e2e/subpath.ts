// Where the e2e tests serve the subpath build (dist-subpath/, built with --base /course/).
export const SUBPATH_PORT = 4330;
