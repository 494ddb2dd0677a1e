/** Where the browser build reaches the device host (same origin as the page). */
export const DEVICE_HOST_IPC_PATH = '/device-host/ipc';
export const DEVICE_HOST_TOKEN_HEADER = 'x-counter-launch-token';
