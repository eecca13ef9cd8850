/** Root hooks: the temporary folders the tests made are removed when the run ends. */
import { removeTemporaryFiles } from './helpers.ts';

export const mochaHooks = {
  async afterAll(): Promise<void> {
    await removeTemporaryFiles();
  },
};
