import type { NewUser, User, UserChange } from '../../server/modules/users/schema.ts';
import { api } from './client.ts';

export function fetchUsers(): Promise<User[]> {
  return api.get<User[]>('/api/users');
}

export function addUser(input: NewUser): Promise<User> {
  return api.post<User>('/api/users', input);
}

export function changeUser(id: number, change: UserChange): Promise<User> {
  return api.patch<User>(`/api/users/${id}`, change);
}
