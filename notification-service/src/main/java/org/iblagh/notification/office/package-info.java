/**
 * The offices Iblagh knows (courts' prosecutors, police units, the duty desk) and how
 * they prove who they are.
 */
package org.iblagh.notification.office;
