/** Node services behind the contract. */
export { createHostApi, dispatch, type HostContext } from './services';
export { AppData } from './app-data';
export { HostError } from './errors';
