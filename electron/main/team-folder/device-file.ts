// `<device>/device.json`: who a device's log belongs to, so teammates see a name, not an id. Each
// device writes its own; every other one is read as untrusted input.
import { z } from 'zod';
import { teammateName, type Teammate } from '../../common/ipc-contract';
import { deviceIdSchema } from '../../common/team-sync/device-id';
import { describeSchemaError } from '../../common/user-record-schemas';

/** The format this version writes and reads. */
export const deviceFileFormat = 1;
/** The file's name in a device's folder. */
export const deviceFileName = 'device.json';
/** A device file is a few dozen bytes; anything much bigger is not one. */
export const maxDeviceFileBytes = 64 * 1024;

const deviceFileSchema = z.object({
  format: z.literal(deviceFileFormat),
  device: deviceIdSchema,
  name: teammateName,
});

/** The text of this device's own file. */
export function deviceFileText(device: string, name: string): string {
  return `${JSON.stringify({ format: deviceFileFormat, device, name })}\n`;
}

/** A teammate from the device file in folder `folder`, or what is wrong with it (naming the field). */
export function readDeviceFile(folder: string, text: string): { teammate: Teammate } | { problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { problem: 'is not valid JSON' };
  }
  if (typeof raw === 'object' && raw !== null && 'format' in raw && Number(raw.format) > deviceFileFormat) {
    return { problem: `format: is ${String(raw.format)}, newer than ${deviceFileFormat}: update Debrief to read it` };
  }
  const result = deviceFileSchema.safeParse(raw);
  if (!result.success) return { problem: describeSchemaError(result.error) };
  if (result.data.device !== folder) {
    return { problem: `device: is "${result.data.device}", but the file is in the folder of "${folder}"` };
  }
  return { teammate: { device: result.data.device, name: result.data.name } };
}
