import { FieldError, getFieldErrorProps } from '../../src/index.js'
import { evTrims } from '../api/index.js'

/** The create-vehicle form's labels, by the field names the ev.energy API uses. */
export const vehicleFields = { user: 'Owner (user ID)', trim: 'Trim', vin: 'VIN', nickname: 'Nickname' } as const

/**
 * The create-vehicle form's controls, each described by its `FieldError`.
 * Uncontrolled: a form reads them with `FormData`.
 */
export function VehicleFields({ error, defaults = {} }: { error: unknown; defaults?: Partial<Record<keyof typeof vehicleFields, string>> }) {
  return (
    <div className="story-fields">
      <div className="story-field">
        <label htmlFor="user">{vehicleFields.user}</label>
        <input id="user" name="user" defaultValue={defaults.user} {...getFieldErrorProps(error, 'user')} />
        <FieldError error={error} name="user" />
      </div>
      <div className="story-field">
        <label htmlFor="trim">{vehicleFields.trim}</label>
        <select id="trim" name="trim" defaultValue={defaults.trim ?? ''} {...getFieldErrorProps(error, 'trim')}>
          <option value="">Choose a trim</option>
          {evTrims.map((trim) => (
            <option key={trim.url} value={trim.url}>{trim.label}</option>
          ))}
          <option value="/v2/trims/999/">Retired trim (no longer exists)</option>
        </select>
        <FieldError error={error} name="trim" />
      </div>
      <div className="story-field">
        <label htmlFor="vin">{vehicleFields.vin}</label>
        <input id="vin" name="vin" defaultValue={defaults.vin} autoComplete="off" {...getFieldErrorProps(error, 'vin')} />
        <FieldError error={error} name="vin" />
      </div>
      <div className="story-field">
        <label htmlFor="nickname">{vehicleFields.nickname}</label>
        <input id="nickname" name="nickname" defaultValue={defaults.nickname} {...getFieldErrorProps(error, 'nickname')} />
        <FieldError error={error} name="nickname" />
      </div>
    </div>
  )
}
